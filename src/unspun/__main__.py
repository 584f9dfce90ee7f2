import sys

from unspun.cli.main import main

sys.exit(main())
