"""The domain of the store's calendar ``UID``s (``<event id>@<domain>``), kept in ``meta``.

Two deployments must not send the same ``UID`` with different content, so the domain is the
deployment's own: the host of its base URL, fixed in the store the first time one is known
(ingest, serve, publish or export with ``TIMELINE_BASE_URL`` or ``--base-url``) and never
changed after, so a later change of address gives subscribers no duplicates. A store that
never had a base URL takes the machine's host name when it is first served, published or
exported, fixed the same way. Stores made before schema version 5 keep ``timeline``, the
domain every deployment used then (the migration records it).
"""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

from ..errors import StoreUnavailable
from .connection import Connections

LEGACY_DOMAIN = "timeline"  # the UID domain of every store before schema version 5
_NOT_HOST = re.compile(r"[^a-z0-9.-]+")


def domain_of(base_url: str | None) -> str | None:
    """The UID domain a base URL gives: its host name, or ``None`` without one.

    >>> domain_of("https://Takvim.Example.org:8443/site/"), domain_of(None), domain_of("x")
    ('takvim.example.org', None, None)
    """
    if not base_url:
        return None
    try:
        host = urlsplit(base_url).hostname
    except ValueError:
        return None
    return clean_host(host) if host else None


def clean_host(name: str) -> str | None:
    """A host name as a UID domain: lower case, only letters, digits, dots and hyphens.

    >>> clean_host("Build Box_7.local"), clean_host("..")
    ('build-box-7.local', None)
    """
    host = _NOT_HOST.sub("-", name.strip().lower()).strip(".-")
    return host or None


def machine_domain() -> str:
    """The UID domain of a store that never had a base URL: this machine's host name."""
    return clean_host(socket.gethostname()) or "localhost"


class Domains(Connections):
    """Reading and fixing the store's UID domain."""

    _uid_domain: str | None = None

    def uid_domain(self) -> str:
        """The domain of this store's event ``UID``s: the one fixed in the store, else (nothing
        fixed yet) this machine's host name, which :meth:`fix_uid_domain` would fix."""
        if self._uid_domain is None:
            row = self.connection.execute(
                "SELECT value FROM meta WHERE key='uid_domain'"
            ).fetchone()
            if not row:
                return machine_domain()
            self._uid_domain = row[0]  # fixed for good: no need to read it again
        return self._uid_domain

    def fix_uid_domain(self, base_url: str | None, fallback: bool = True) -> str:
        """Fix the UID domain in the store unless one already is: the host of ``base_url``,
        or, without one and with ``fallback``, this machine's host name (a read-only store
        is left as it is).

        :param fallback: whether to fix the host name when no base URL is known (serving,
            publishing, exporting show UIDs; ingesting does not, and waits for a base URL).
        :return: the store's UID domain from now on.
        :raises StoreError: when the store is locked by other writers for too long.
        """
        if self._uid_domain is not None:
            return self._uid_domain
        domain = domain_of(base_url) or (machine_domain() if fallback else None)
        if domain is None or self.read_only:
            return self.uid_domain()
        try:
            with self.transaction() as tx:
                tx.execute("INSERT OR IGNORE INTO meta VALUES ('uid_domain', ?)", (domain,))
        except StoreUnavailable:  # a full disk: reads still work, with the same domain
            return domain
        return self.uid_domain()
