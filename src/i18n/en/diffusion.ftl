## The diffusion page
