#!/usr/bin/env python3
"""The second development set (other dyads) does not fall below the level reached: a floor under
the shared scorer, above issue 10's bars (recall and precision 0.85, 90 % exact dates, 75 % of multi-article
events fully merged: all reached, docs/quality.md). Guessed dates and future events presented as past stay at zero."""
import sys
from chronology_score import check_set

check_set("devset2", sys.argv[1],
          recall_bar=0.92, precision_bar=0.95,   # reached: 0.931 and 0.960
          exact_bar=0.92,                        # reached: 0.932 exact over matched dated pairs
          merged_bar=30 / 35 - 1e-9)             # reached: 30 of 35 fully merged
