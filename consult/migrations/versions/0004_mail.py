"""mail handling: flags, PHI kinds and recipients on case_message

Revision ID: 0004_mail
Revises: 0003_web
"""
import sqlalchemy as sa
from alembic import op

revision = '0004_mail'
down_revision = '0003_web'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flags', sa.String(length=500), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('phi', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('recipients', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index('ix_case_message_sender_created', ['sender', 'created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_message', schema=None) as batch_op:
        batch_op.drop_index('ix_case_message_sender_created')
        batch_op.drop_column('recipients')
        batch_op.drop_column('phi')
        batch_op.drop_column('flags')
