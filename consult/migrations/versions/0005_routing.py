"""review_item.reviewer_group, set by routing rules

Revision ID: 0005_routing
Revises: 0004_mail
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_routing"
down_revision = "0004_mail"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reviewer_group", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_review_item_reviewer_group"), ["reviewer_group"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_item_reviewer_group"))
        batch_op.drop_column("reviewer_group")
