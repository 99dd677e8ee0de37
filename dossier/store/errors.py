"""The store's one exception: its message is one sentence for the user."""


class StoreError(Exception):
    pass
