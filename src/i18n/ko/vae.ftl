## VAE 페이지
