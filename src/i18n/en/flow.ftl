## The flow matching page
