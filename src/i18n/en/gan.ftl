## The GAN page
