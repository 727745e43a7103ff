"""Data-quality suites: Great Expectations suites from ``expectations/`` run on pandas frames."""
