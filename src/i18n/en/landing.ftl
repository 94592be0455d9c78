## The landing
