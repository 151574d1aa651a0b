"""`python -m cricketlog`: the same as the `cricketlog` command."""

from cricketlog.cli import main

main()
