"""ref_ptp_busy: per-window edit counts of busy PTP codes, filled from the loaded PTP rows

Revision ID: 0006_ptp_busy
Revises: 0005_routing
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006_ptp_busy"
down_revision = "0005_routing"
branch_labels = None
depends_on = None

# consult.reference.loading.BUSY_EDITS when this revision was written; later imports use theirs.
BUSY_EDITS = 500


def upgrade() -> None:
    op.create_table(
        "ref_ptp_busy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("side", sa.Integer(), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("deletion", sa.Date(), nullable=True),
        sa.Column("edits", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["release_id"], ["ref_release.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ref_ptp_busy", schema=None) as batch_op:
        batch_op.create_index("ix_ref_ptp_busy_code", ["code", "side", "release_id"], unique=False)
    for side, column in ((1, "column1"), (2, "column2")):
        op.execute(sa.text(
            "INSERT INTO ref_ptp_busy (release_id, code, side, effective, deletion, edits) "
            f"SELECT p.release_id, p.{column}, {side}, p.effective, p.deletion, count(*) "
            "FROM ref_ptp p JOIN ("
            f"  SELECT release_id, {column} AS code FROM ref_ptp GROUP BY release_id, {column}"
            f"  HAVING count(*) >= {BUSY_EDITS}"
            f") busy ON busy.release_id = p.release_id AND busy.code = p.{column} "
            f"GROUP BY p.release_id, p.{column}, p.effective, p.deletion"
        ))


def downgrade() -> None:
    with op.batch_alter_table("ref_ptp_busy", schema=None) as batch_op:
        batch_op.drop_index("ix_ref_ptp_busy_code")
    op.drop_table("ref_ptp_busy")
