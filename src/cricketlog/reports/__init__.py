"""Reports: what a week or a month of entries adds up to.

Summaries (:mod:`.summary`), session RPE and the acute:chronic workload ratio
(:mod:`.training_load`), batting, bowling, keeping and fielding figures (:mod:`.match_figures`)
and the self-contained HTML page for a coach (:mod:`.html`). Plain values from entries: the
terminal and the web app draw the same numbers.
"""
