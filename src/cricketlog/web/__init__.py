"""The web front door: the browser app and its JSON API over the same core as the command line."""
