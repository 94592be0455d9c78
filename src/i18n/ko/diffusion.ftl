## Diffusion 페이지
