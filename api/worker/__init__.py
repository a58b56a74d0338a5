"""The worker: what is done after a request commits, by one mechanism, off the request path.

Each round it does the outbox's jobs (the doelgroeptoets of youths whose inputs changed), seals
committed audit records into the hash chain and signs the chain's end when a checkpoint is due.
Several workers (one per `aanwas serve`, or `aanwas worker` beside N API processes) may run at
once: the database decides who does what (jobs claimed with SKIP LOCKED, the chain's head row
locked while sealing), so nothing is done twice and the chain never forks.

context (what the worker holds: database, keys), jobs (the outbox's handlers), rounds (the
loop), process (the worker as a child process of `aanwas serve`).
"""
