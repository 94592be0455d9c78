## 첫 화면
landing-title = noise가 데이터가 되는 과정을 보자
landing-lede = GenLab은 작은 생성형 모델(diffusion, flow matching, GAN, VAE)을 브라우저에서 바로 학습시키고, random noise가 데이터로 바뀌는 모든 단계를 보여준다. 왼쪽은 이 데이터의 정확한 reverse process, 즉 완벽한 diffusion 모델이 하는 일이다. 오른쪽은 지금 이 순간 그것을 배우고 있는 실제 모델이다.
landing-ideal-title = 정확한 reverse process
landing-live-title = 지금 배우고 있는 실제 DDPM
landing-start-tour = 둘러보기 시작
landing-choose-data = 데이터 고르기
landing-ideal-caption = 정확한 reverse process: 매 단계마다 이 두 군집 데이터의 이상적인 denoiser로 noise를 조금씩 걷어낸다. 점의 색은 그 점이 마지막에 도착하는 군집의 색이다.
landing-ideal-alt = 정확한 역과정 체인, diffusion step t = { $t } / { $steps }
landing-live-caption = 지금 브라우저에서 학습 중인 실제 DDPM: { $step } step 학습한 뒤의 샘플. 자세히 보려면 Diffusion 페이지를 열자.
landing-live-wait = 실제 모델을 준비하는 중…
landing-pages = 페이지로 바로 가기
landing-card-diffusion = noise를 한 단계씩 더하고, 그것을 걷어내는 법을 배운다.
landing-card-flow = noise를 곧은 경로로 데이터까지 옮기는 속도장을 배운다.
landing-card-gan = generator와 discriminator의 게임, 그리고 mode collapse를 직접 본다.
landing-card-vae = encoder, decoder, prior: 평범한 autoencoder의 latent space에 왜 구멍이 생기는지 본다.
landing-card-images = 작은 숫자 이미지의 noise를 걷어내고, IS와 FID에 해당하는 점수로 평가한다.
landing-card-lineup = GAN, VAE, diffusion 모델이 같은 숫자를 그린다: 누구의 샘플이 다양하고 누구의 것이 진짜 같을까? VAE와 보통 autoencoder의 숫자 latent 평면도 나란히.
landing-card-compare = 네 모델을 같은 데이터, 같은 시계로: 모든 mode를 지키는 모델은?
landing-card-data = 데이터를 고르거나 직접 그리고, 학습할 장치를 고른다.
