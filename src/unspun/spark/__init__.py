"""The pipeline on Apache Spark: ``unspun spark`` (or ``python -m unspun.spark`` under
``spark-submit``).

Adapters only: every stage calls the library functions the single-machine ``index`` calls (``run.pool.prepare``,
``corpus.candidates.pair_candidate``, ``run.pool.task_comparisons``, ``corpus.story_clusters``); Spark decides
where they run and moves their records. pyspark is imported here and nowhere else in the package.

``job`` runs the stages in order, ``stages`` holds them, ``graph`` finds connected components, ``session``
starts Spark, ``output`` writes and reads the Parquet tables.
"""
