## The VAE page
