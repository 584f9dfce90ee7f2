"""``python -m unspun.spark`` with the arguments of ``unspun spark`` (for ``spark-submit``)."""

import sys

from unspun.cli.main import main

sys.exit(main(["spark", *sys.argv[1:]]))
