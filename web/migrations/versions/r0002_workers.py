"""Judging on many machines: who judges a submission, until when it holds it, its results so
far; and the workers' own table (alive while they keep `last_seen` fresh)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.add_column("submissions", sa.Column("worker", sa.Text))
    op.add_column("submissions", sa.Column("lease_until", sa.Float))
    op.add_column("submissions", sa.Column("progress", sa.Text))
    op.create_index("submissions_created", "submissions", ["created_at"])
    op.create_table(
        "workers",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("host", sa.Text, nullable=False),
        sa.Column("runner", sa.Text, nullable=False),
        sa.Column("threads", sa.Integer, nullable=False),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("last_seen", sa.Float, nullable=False),
        sa.Column("judged", sa.Integer, nullable=False, server_default="0"),
    )
