"""cricketlog: a voice logger for cricketers.

The core turns what a player says into diary entries in one direction:
audio -> text -> entries -> store -> reports. The command line in :mod:`cricketlog.cli` is only
a door onto it; nothing in the core prints, prompts or exits, so a web server can sit on the
same core.
"""

__version__ = "0.1.0"
