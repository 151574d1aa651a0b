"""Alembic environment: runs migrations on the connection cricketlog hands it.

There is no alembic.ini: :func:`cricketlog.store.db.upgrade` builds the config in code and passes
an open connection, so the same migrations run for SQLite and PostgreSQL. ``render_as_batch`` lets
SQLite alter tables by copying them, which it needs for most column changes.
"""

from alembic import context

from cricketlog.store.models import EntryRow

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=EntryRow.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
