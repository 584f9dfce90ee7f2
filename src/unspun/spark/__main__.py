"""``python -m unspun.spark INPUT... --out DIR`` (for ``spark-submit``): the ``unspun spark`` command."""

import sys

from unspun.cli.main import main

sys.exit(main(["spark", *sys.argv[1:]]))
