"""The web front door: the browser app and its JSON API over the same core as the command line.

:func:`cricketlog.web.app.create_app` builds the app from the settings; ``cricketlog serve`` runs
it with uvicorn. Routes only validate, authorise, call the core and render: the work (drafts,
the store, summaries, export) is the core's, shared with the command line.
"""
