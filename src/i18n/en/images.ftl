## The images page
