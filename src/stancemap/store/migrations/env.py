"""Alembic environment: the store opens a connection and hands it over.

Migrations run only through ``stancemap.store.engine.open_store`` (never an
``alembic.ini``), so there is exactly one way a store's schema changes.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
