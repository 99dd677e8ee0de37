"""Which names are the same person (or organisation, or place): keys and clustering.

Public API: ``Resolver``, ``name_variants``, ``load_reference`` (in ``reference``).
"""

from dossier.resolve.cluster import Resolver

__all__ = ["Resolver"]
