"""dossier: an evidence-linked record of who did what, when and where.

The library is the product; the CLI and the web app are thin shells over it.
"""

__version__ = "0.1.0"
