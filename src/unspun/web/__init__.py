"""The web shell: ``unspun serve`` (``app``) and the pages it shares with the static site (``pages``, ``site``)."""
