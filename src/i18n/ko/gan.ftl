## GAN 페이지
