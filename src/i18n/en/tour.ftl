## The tour
