"""Create the entries table.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("activity_type", sa.String(length=32), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=512), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
    )
    op.create_index("ix_entries_entry_date", "entries", ["entry_date"])
    op.create_index("ix_entries_source_sha256", "entries", ["source_sha256"])
    op.create_index("ix_entries_activity_type", "entries", ["activity_type"])


def downgrade() -> None:
    op.drop_table("entries")
