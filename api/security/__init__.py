"""The kernel every domain slice uses the same way: who calls, may they, encrypt, audit."""
