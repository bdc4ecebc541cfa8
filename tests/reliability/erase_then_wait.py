"""Child process for test_erasure: erase a customer, say so, then wait to be killed."""

from __future__ import annotations

import sys
import time
import uuid

from kundengespraech.services.app import open_services

services = open_services(sys.argv[1])
customer = uuid.UUID(sys.argv[2])
also = [uuid.UUID(i) for i in sys.argv[3:]]
services.privacy.erase(customer, also)
# Keep the database open (a running app): the files must already be clean now.
with services.db.session(write=False) as session:
    pass
print("ERASED", flush=True)
time.sleep(120)
