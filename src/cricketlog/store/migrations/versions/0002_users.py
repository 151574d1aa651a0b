"""Users, and an owner on every entry; one set of entries per user and audio file.

Entries already stored are given to the local user (the one the command line acts as), created
here when there are entries to own. ``source_seq`` numbers the entries saved from one audio file,
so that a unique index can hold one set per user and file (an import of a file seen before adds a
further set numbered after the first); existing entries are numbered in the order they were saved.

Revision ID: 0002
Revises: 0001
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from cricketlog.store.users import LOCAL_EMAIL

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NOT_NULL_HASH = sa.text("source_sha256 IS NOT NULL")


def upgrade() -> None:
    users = op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("email", sa.String(length=320), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    bind = op.get_bind()
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("user_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("source_seq", sa.Integer(), nullable=False, server_default="0"))
    if bind.execute(sa.text("SELECT COUNT(*) FROM entries")).scalar():
        bind.execute(sa.insert(users).values(email=LOCAL_EMAIL, created_at=dt.datetime.now(dt.UTC)))
        local = bind.execute(sa.select(users.c.id).where(users.c.email == LOCAL_EMAIL)).scalar_one()
        bind.execute(sa.text("UPDATE entries SET user_id = :id"), {"id": local})
        bind.execute(
            sa.text(
                "UPDATE entries SET source_seq = (SELECT COUNT(*) FROM entries AS earlier "
                "WHERE earlier.source_sha256 = entries.source_sha256 AND earlier.id < entries.id) "
                "WHERE source_sha256 IS NOT NULL"
            )
        )
    with op.batch_alter_table("entries") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=False)
        batch.alter_column("source_seq", existing_type=sa.Integer(), server_default=None)
        batch.create_foreign_key(
            "fk_entries_user_id_users", "users", ["user_id"], ["id"], ondelete="CASCADE"
        )
        batch.drop_index("ix_entries_entry_date")
        batch.drop_index("ix_entries_source_sha256")
        batch.create_index("ix_entries_user_date", ["user_id", "entry_date"])
        batch.create_index(
            "ux_entries_user_source",
            ["user_id", "source_sha256", "source_seq"],
            unique=True,
            sqlite_where=NOT_NULL_HASH,
            postgresql_where=NOT_NULL_HASH,
        )


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.drop_index("ux_entries_user_source")
        batch.drop_index("ix_entries_user_date")
        batch.drop_constraint("fk_entries_user_id_users", type_="foreignkey")
        batch.drop_column("source_seq")
        batch.drop_column("user_id")
        batch.create_index("ix_entries_entry_date", ["entry_date"])
        batch.create_index("ix_entries_source_sha256", ["source_sha256"])
    op.drop_table("users")
