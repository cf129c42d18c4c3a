"""Assessments for hiring teams: a candidate, their problems and minutes, a hashed token, and
when their clock started; each of their submissions names its assessment."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("candidate", sa.Text, nullable=False),
        sa.Column("problems", sa.Text, nullable=False),  # JSON list of slugs
        sa.Column("minutes", sa.Float, nullable=False),
        sa.Column("token_hash", sa.Text, nullable=False, unique=True),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("started_at", sa.Float),
        sa.Column("ends_at", sa.Float),
    )
    op.add_column("submissions", sa.Column("assessment", sa.Text))
    op.create_index("submissions_assessment", "submissions", ["assessment"])
