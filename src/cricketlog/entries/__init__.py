"""Entries: the contract and what works on one entry.

The Pydantic models of the entry contract (:mod:`.schemas`, written up in ``docs/entries.md``),
changing one field from typed or spoken text (:mod:`.edits`), a whole entry as editable text
(:mod:`.text`) and the diary's export format (:mod:`.export`). Every stage after extraction
speaks in these types; nothing here touches audio, a database or a terminal.
"""
