from unspun.cli.main import run

run()
