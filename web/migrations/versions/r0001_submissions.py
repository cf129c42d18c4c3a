"""The submissions table as the SQLite-only judge made it (a file it made is taken as is)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    if not inspector.has_table("submissions"):
        op.create_table(
            "submissions",
            sa.Column("id", sa.Text, primary_key=True),
            sa.Column("problem", sa.Text, nullable=False),
            sa.Column("language", sa.Text, nullable=False),
            sa.Column("dialect", sa.Text),
            sa.Column("mode", sa.Text, nullable=False),
            sa.Column("code", sa.Text, nullable=False),
            sa.Column("client", sa.Text),
            sa.Column("status", sa.Text, nullable=False),
            sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
            sa.Column("created_at", sa.Float, nullable=False),
            sa.Column("started_at", sa.Float),
            sa.Column("finished_at", sa.Float),
            sa.Column("verdict", sa.Text),
            sa.Column("passed", sa.Integer),
            sa.Column("total", sa.Integer),
            sa.Column("time", sa.Float),
            sa.Column("report", sa.Text),
            sa.Column("cases", sa.Text),
        )
        op.create_index("submissions_status", "submissions", ["status"])
        op.create_index("submissions_client", "submissions", ["client"])
    elif "cases" not in {c["name"] for c in inspector.get_columns("submissions")}:
        op.add_column("submissions", sa.Column("cases", sa.Text))
