"""Alembic's entry point: always given a live connection by newsletter.migrations.migrate."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("run migrations through newsletter (they start with every command), not the alembic CLI")
context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
