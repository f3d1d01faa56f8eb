"""Files attached to jobs or properties: photos, damage reports, documents (metadata; bytes on disk)."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field

from models.base import Base, enum_type, foreign_key
from models.enums import FileKind


class StoredFile(Base, table=True):
    """An upload. `visible_to_client` decides whether the portal ever shows it."""

    __tablename__ = "stored_file"
    __table_args__ = (
        sa.CheckConstraint("job_id IS NOT NULL OR property_id IS NOT NULL", name="attached"),
        sa.CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    job_id: int | None = foreign_key("job.id", nullable=True)
    property_id: int | None = foreign_key("property.id", nullable=True)
    customer_id: int = foreign_key("customer.id")
    kind: FileKind = Field(sa_type=enum_type(FileKind))
    visible_to_client: bool = True
    filename: str
    content_type: str
    size_bytes: int = Field(sa_type=sa.BigInteger)
    sha256: str = Field(max_length=64, index=True)
    storage_key: str
    thumbnail_key: str | None = None
    uploaded_by_user_id: int | None = foreign_key("app_user.id", nullable=True, index=False)
