## 둘러보기
tour-title = 둘러보기
tour-chapter-of = { $total }장 중 { $n }장
tour-prev = ← 이전
tour-next = 다음 →
tour-close = 둘러보기 닫기
tour-part = { $total }부분 중 { $n }부분
stage-whole = 페이지 전체 보기
stage-back = 슬라이드로 돌아가기
tour-start = 둘러보기 시작
tour-task-done = 완료
tour-task-open = 할 일
tour-try = 해 보기
tour-keys-hint = N / P: 다음 장 / 이전 장

tour-data-title = 데이터: 두 개의 군집과 그 확률밀도
tour-data-body = 두 개의 그룹으로 묶인 샘플들이 있다고 가정하자. 이 분포를 따르는 새로운 샘플은 어떻게 만들 수 있을까? 샘플을 만들어 낸 확률밀도함수를 안다면 그 함수에서 새로 뽑기만 하면 된다. 여기서는 그 밀도를 알고 있다. 왼쪽 군집의 가중치가 π, 중심이 μ₁과 μ₂, 퍼짐이 σ인 두 Gaussian의 혼합이다. 하지만 생성형 모델은 이 수식을 보지 못하고 점들만 본다. 그러고도 이 밀도에서 샘플링하는 법을 익혀야 한다. 이 확률밀도함수를 수식으로 드러내든 네트워크 속에 숨기든 추정해 내는 것이 이 사이트의 모든 모델이 풀어야 할 핵심 과제다.
tour-data-body-2 = 산점도의 점 1,000개는 이 혼합 분포에서 뽑은 것이고, 색 하나가 mode 하나다. 군집 간 거리 슬라이더는 μ₁과 μ₂를 벌리고, 퍼짐(σ) 슬라이더는 각 군집을 넓힌다. 왼쪽 군집 비율 슬라이더가 곧 π다.
tour-data-task-1 = 80/20 버튼을 누르거나 왼쪽 군집 비율을 0.7 이상(또는 0.3 이하)으로 옮겨서 한쪽 mode를 더 무겁게 만들어 보자.
tour-data-done-1 = π가 바뀌자 밀도의 왼쪽 봉우리가 차지하는 몫도 달라졌다. 좋은 모델이라면 두 군집의 위치뿐 아니라 이 비율까지 재현해야 한다.
tour-data-task-2 = 군집 간 거리를 줄이거나 퍼짐(σ)을 키워서 두 중심 사이가 2σ 이하가 되게 해 보자.
tour-data-done-2 = 두 군집이 합쳐졌다. 퍼짐이 같은 두 Gaussian의 중심이 2σ 이내로 가까우면, π가 얼마든 밀도의 봉우리는 하나뿐이다. 여전히 두 mode의 혼합이지만 밀도만 봐서는 더 이상 드러나지 않는다.

tour-variety-title = 좋은 생성형 모델: 품질과 다양성
tour-variety-body = 어떤 모델이 더 좋은 모델일까? 선명하고 그럴듯한 샘플은 답의 절반일 뿐이다. 가방 그림을 매번 똑같이 그린다면 한 장 한 장이 아무리 완벽해도 좋은 모델이 아니다. 생성형 모델에서는 하나의 class에 대해 다양한 이미지를 만들어 낼 수 있는 것이 바람직하다. GAN과 diffusion 모델이 만든 이미지를 나란히 놓아 보면, 같은 대상을 훨씬 다양하게 그려 내는 쪽은 diffusion 모델이고, 이것이 더 최신의 구조가 선호되는 이유 가운데 하나다.
tour-variety-body-2 = 여기서는 GAN과 DDPM이 (flow matching, VAE와 함께) 같은 데이터, 같은 seed로 학습한다. 점의 90 %는 한 군집에, 10 %는 다른 군집에 있다. GAN은 초기 GAN처럼 learning rate 0.05의 평범한 SGD로 학습한다. GAN 페이지의 기본값인 Adam을 쓰면 작은 mode가 조금 남는다(7장). 표의 'mode별 비율', '덮은 mode' 행을 지켜보자. 실제 가중치의 절반 이상을 받은 mode만 덮었다고 센다.
tour-variety-task-1 = ▶ 모두 학습을 누르고 표의 '덮은 mode' 행을 지켜보자. 500 step을 넘기면 GAN은 mode 하나만 덮고 DDPM은 둘 다 덮는다.
tour-variety-done-1 = 확인했다. GAN은 점을 큰 군집에만 두고 작은 mode를 비워 두었다. 품질은 있어도 다양성은 없다. 계속 지켜보자. 이렇게 학습한 GAN은 이따금 다른 군집 쪽으로 번졌다가 다시 큰 군집에 자리 잡으며 흔들리지만, DDPM은 내내 두 mode를 모두 지킨다.

tour-explicit-title = Explicit model과 implicit model
tour-explicit-body = 생성형 모델은 밀도를 다루는 방식으로도 나눌 수 있다. 트레이닝 샘플의 분포를 나타내는 확률밀도함수를 직접 수식으로 정의하고 근사하는 모델이 explicit model이다. 수식이 있으니 어떤 점이 얼마나 그럴듯한지, 곧 likelihood를 계산할 수 있다. 반면 수식을 정확히 정의하지는 않지만 학습 과정에서 어쨌든 밀도를 추정하게 되는 모델이 implicit model이고, GAN이 여기에 해당한다. GAN의 generator는 noise를 샘플로 바꿀 뿐, p(x)를 알려 주지는 못한다.
tour-explicit-body-2 = 표의 Log-likelihood 행은 학습에 쓰지 않은 점 500개의 평균 log 밀도를 점당 nats로 보여 준다. Flow matching은 정확한 값이고 DDPM과 VAE는 하한(≥)이며, GAN의 칸에는 '없음: implicit model'이라고 적힌다. 표 아래 문장은 데이터 자체의 밀도가 주는 값으로, 평균적으로 이를 넘는 모델은 없다.
tour-explicit-task-1 = 모두 학습을 눌러 200 step을 넘기고, explicit model 셋이 모두 log-likelihood 값을 보일 때까지 기다려 보자.
tour-explicit-done-1 = 숫자 셋과 '없음' 하나. DDPM, flow matching, VAE는 점 하나하나에 점수를 매길 수 있지만, GAN은 점을 만들 수만 있다.
tour-explicit-task-2 = Flow matching의 정확한 값이 데이터 자체의 밀도와 0.3 nats 이내로 가까워질 때까지 계속 학습해 보자.
tour-explicit-done-2 = Flow matching의 likelihood는 정확한 값이어서 실제 밀도에 그대로 다가갈 수 있다. DDPM과 VAE의 값은 하한이라 모델의 실제 값보다 아래에 있고, 그중 DDPM의 하한이 가장 느슨하다.

tour-metrics-title = 평가하기: IS와 FID
tour-metrics-body = 생성형 모델은 어떻게 평가할까? 품질이 좋은 이미지라면 특정 클래스에 속할 확률이 명확하게 높아야 한다. 가방 이미지를 생성했다면 쉽게 가방으로 분류되어야 한다는 뜻이다. 그런데 가방을 모두 똑같이 생성한다면 좋은 모델이 아니므로, 여러 이미지에 걸쳐서는 클래스가 넓게 퍼져 있어야 한다. Inception score는 둘을 함께 본다. 이미지 하나의 클래스 라벨 엔트로피는 낮을수록, 전체 라벨의 엔트로피는 높을수록 점수가 높다. Fréchet inception distance는 생성된 이미지와 실제 이미지의 분포 사이의 거리를 잰다.
tour-metrics-body-2 = 이 페이지의 점수표는 이 페이지의 작은 숫자 분류기로 계산하므로, IS와 FD는 발표된 값과 견줄 수 없는 유사 지표다. 학습에 쓰지 않은 같은 개수의 진짜 손글씨 숫자(MNIST)와 순수한 noise도 나란히 채점된다. Fréchet 거리는 평균과 공분산, 곧 Gaussian 근사만 비교한다. 그래서 2차원 페이지에서는 두 군집을 한꺼번에 덮는 넓은 Gaussian 하나가 두 mode를 다 놓치고도 좋은 점수를 받을 수 있고, 그 옆에 mode별 비율을 함께 보여 준다.
tour-metrics-task-1 = 측정 버튼을 눌러 샘플 100개를 채점하고, IS와 FD를 진짜 숫자 행과 순수한 noise 행에 견주어 보자.
tour-metrics-done-1 = 두 지표 모두에서 샘플은 진짜 숫자에 가깝고 noise와는 멀다. 또렷한 숫자이면서(IS) 특징이 진짜 숫자처럼 퍼져 있다(FD).
tour-metrics-task-2 = 클래스를 숫자 하나(예: 3만)로 바꾸고 다시 측정해 보자.
tour-metrics-done-2 = 모든 이미지가 한 클래스의 또렷한 숫자인데도 IS는 1 가까이로 떨어지고, 숫자 열 개 전체와 견준 FD는 커진다. 품질은 좋아도 다양성이 없는, 가방을 매번 똑같이 그리는 모델이다.

tour-gan-game-title = GAN 게임
tour-gan-game-body = GAN은 이름 그대로 두 네트워크가 서로 대항(adversarial)하며 학습하는 구조다. Generator G는 random noise z를 받아 점을 만들고, discriminator D는 점을 받아 그것이 진짜인지 생성된 것인지 구분한다. 둘은 번갈아 훈련된다. D는 둘을 가려내도록, G는 D를 속이도록. 어디에도 확률밀도함수를 적지 않으므로 GAN은 implicit model이다.
tour-gan-game-body-2 = 배경은 D의 판단이다. 초록은 D가 진짜라고, 보라는 가짜라고 믿는 곳이다. 보라색 점은 고정된 noise 한 묶음으로 만든 G의 샘플이고, 주황색 화살표는 G의 다음 업데이트가 각 점을 어디로 미는지, 곧 D의 gradient를 따라 진짜 쪽으로 가는 방향을 보여 준다. D만 한 단계, G만 한 단계 진행하는 버튼으로 한쪽씩 움직여 볼 수 있다.
tour-gan-game-task-1 = 학습을 시작하기 전에 D만 한 단계 진행하는 버튼을 다섯 번 이상 눌러 보자.
tour-gan-game-done-1 = D의 히트맵만 바뀌었고 G의 샘플은 그대로다. 각 네트워크는 자기 차례에만 배운다.
tour-gan-game-task-2 = ▶ 학습을 눌러 1,000 iteration을 넘긴 뒤, G가 두 군집을 실제 비율대로 덮을 때까지(덮은 mode 2개 중 2개, 각 비율 ±0.1 이내) 학습해 보자.
tour-gan-game-done-2 = 게임이 좋은 지점에 이르렀다. G의 샘플이 두 군집 위에 실제 비율대로 놓여 있다.

tour-vanishing-title = 사라지는 gradient와 log 트릭
tour-vanishing-body = 실제로 GAN은 훈련하기가 쉽지 않다. 첫 번째 이유는 훈련 초반에는 생성된 점과 진짜 점을 구분하기가 매우 쉽다는 것이다. D가 금세 이기는데, 원래의 minimax 게임에서 G가 최소화하는 log(1 − D(G(z)))는 D(G(z))가 0 근처일 때 평평하다. G가 가장 못할 때 바로 gradient가 0에 가까워지는 gradient vanishing이 일어난다. 그래서 G가 최소화할 값을 −log D(G(z))로 바꾼다. 목표는 같지만 G가 지고 있는 곳에서 가파르다.
tour-vanishing-body-2 = 이 preset은 멀리 떨어진 두 군집 위에서 D를 강하게 만든다. G가 한 단계 갈 때 D는 다섯 단계를 가고, 학습률도 G의 다섯 배다. 실행 A는 minimax, 실행 B는 non-saturating loss로 학습한다. 두 실행의 generator gradient 크기 차트(log 축)와 캔버스의 화살표를 견주어 보자.
tour-vanishing-task-1 = ▶ 학습을 눌러 50 iteration 이상 돌린 뒤 처음 50 iteration 동안의 두 gradient 크기 차트를 견주어 보자. 실행 A의 대표값(중앙값)이 실행 B의 10분의 1에 못 미친다.
tour-vanishing-done-1 = saturating loss에서는 G의 gradient가 거의 사라졌고 화살표도 함께 줄어들었다. 반면 non-saturating loss는 계속 밀어 준다. 이 프로젝트의 실행(seed 42, 7, 1, 3)에서 처음 50 iteration 동안의 중앙값은 실행 A가 0.003~0.3, 실행 B가 4.6~6.4였다.
tour-vanishing-task-2 = 실행 A의 loss를 non-saturating(−log D(G(z)))으로 바꾸고, D는 그대로 강하게 둔 채 다시 학습해 보자.
tour-vanishing-done-2 = D도 데이터도 그대로인데 log 트릭 하나로 G의 gradient가 돌아왔다.

tour-collapse-title = Mode collapse: 하나만 되풀이하는 generator
tour-collapse-body = 두 번째 문제는 mode collapse라고 불린다. 간단히 말하면 generator가 discriminator를 속일 수 있는 hack을 찾아내는 상황이다. D가 구분하지 못하는 샘플 하나를 포착해서 그것만 생성하는 식으로 G가 손쉽게 이긴다. 그러면 G는 더 이상 훈련되지 않고 같은 샘플만 계속 만들어 내며, 2장에서 본 다양성이 사라진다.
tour-collapse-body-2 = 여기서는 두 군집이 8만큼 떨어져 있다. 실행 A는 두 네트워크를 높은 학습률(0.05)의 평범한 SGD로, 실행 B는 Adam으로 훈련한다. 각 실행의 덮은 mode와 mode별 비율 차트를 지켜보자. 실제 비율의 5분의 1도 받지 못한 mode는 버려진 것으로 보고, 페이지가 표시해 준다.
tour-collapse-task-1 = mode collapse를 직접 일으켜 보자. ▶ 학습을 누르고 1,000 iteration을 넘겨, 실행 A의 측정 칸에 버려진 mode가 표시될 때까지 지켜보자.
tour-collapse-done-1 = 실행 A의 G는 샘플을 거의 전부 한 군집에 두고 거기에 머문다. 통하는 답 하나를 찾아 되풀이하는, 바로 그 hack이다.
tour-collapse-task-2 = 학습을 이어 가서, 처음에는 역시 한 군집에 머무는 실행 B(Adam)가 나머지 군집을 찾아내는 것을 보자. 이 seed에서는 약 5,000 iteration이 걸린다.
tour-collapse-done-2 = 실행 B는 collapse에서 빠져나왔지만, 같은 게임을 평범한 SGD로 하는 실행 A는 아직 그러지 못했다. 두 실행은 optimizer와 그 학습률만 다르다.

tour-ae-holes-title = Autoencoder의 구멍
tour-ae-holes-body = 이제 diffusion model로 넘어가려면 autoencoder부터 다시 시작해야 한다. Autoencoder는 input x를 latent representation z로 나타내는 encoder와, z에서 원본 데이터를 복원하는 decoder로 구성된다. 라벨 없이 데이터만 있어도 학습된다. 그렇다면 decoder에 random noise를 넣으면 새로운 데이터를 생성할 수 있을까? 결론은 그렇지 않다. 훈련 중에 latent space에 아무 제한도 걸지 않았으니, 임의의 z는 어떤 데이터도 encode된 적 없는 곳, 곧 구멍에 떨어질 수 있다.
tour-ae-holes-body-2 = 실행 A는 평범한 autoencoder, 실행 B는 VAE다. 각 latent 평면의 두 원은 prior N(0, I)의 1σ와 2σ이고, 점들은 데이터의 code다. 주황색 점을 끌거나 z₁, z₂ 슬라이더로 옮기면서 데이터 평면에 decode된 점을 지켜보자. '데이터에서 먼 비율'은 모든 군집 중심에서 3σ보다 먼 prior 샘플의 비율이다.
tour-ae-holes-task-1 = ▶ 학습을 눌러 1,500 step을 넘긴 뒤 두 실행의 '데이터에서 먼 비율'을 견주어 보자. Autoencoder의 prior 샘플이 VAE보다 훨씬 자주 데이터를 벗어난다.
tour-ae-holes-done-1 = 임의의 z를 decode하는 방법이 VAE에서는 통하고 autoencoder에서는 통하지 않는다. Autoencoder의 code는 prior를 채우지 않아서 많은 prior 샘플이 구멍에 떨어진다. 이 프로젝트는 2,000 step에서 autoencoder는 45 %, VAE는 4 %가 데이터를 벗어나는 것을 측정했다.
tour-ae-holes-task-2 = 1,000 step 넘게 학습한 뒤, 실행 A의 latent 평면에서 z를 2σ 원 안쪽의, autoencoder가 데이터 밖으로 decode하는 곳까지 끌어 보자.
tour-ae-holes-done-2 = 구멍을 찾았다. prior에서라면 얼마든지 뽑힐 수 있는 z인데, autoencoder의 decoder는 이것을 데이터가 없는 곳의 점으로 바꾼다.

tour-vae-title = VAE: probabilistic encoder와 prior
tour-vae-body = 이를 해결하기 위해 variational autoencoder(VAE)가 등장했다. 기존의 autoencoder는 같은 input이 주어지면 code가 반드시 같은 deterministic model이다. 반면 VAE의 encoder는 probabilistic encoder여서, x가 주어지면 z의 분포를 평균과 분산으로 출력하고 실제 code는 그 분포에서 sampling한다. 먼저 latent space의 분포인 prior N(0, I)를 가정하고, 원본 데이터의 likelihood(의 하한)를 최대화하도록 훈련한다. x를 잘 복원하면서, KL 항으로 encoder의 분포를 prior 가까이 붙잡아 둔다. 생성할 때에는 encoder를 버리고 decoder를 쓴다.
tour-vae-body-2 = 실행 A는 β = 0(KL 항 없음), 실행 B는 β = 1(VAE)이다. latent 평면은 각 code의 평균과 1σ 타원을 보여 주고, loss 차트는 복원 항과 KL 항을 따로 그린다.
tour-vae-task-1 = 두 실행을 1,500 step 넘게 학습시키고 MMD²를 견주어 보자. KL 항이 없는 실행 A의 prior 샘플이 데이터에서 훨씬 멀다.
tour-vae-done-1 = prior로 당기는 힘이 없으면 code는 복원에 편한 곳 어디로든 흩어지고, N(0, I)에서 뽑은 샘플은 데이터 밖으로 decode된다. autoencoder의 구멍이 다시 나타난 것이다.
tour-vae-task-2 = 실행 A의 β를 1로 올려 다시 학습시키고(2,000 step 넘게), '데이터에서 먼 비율'이 10 % 아래로 내려가게 해 보자.
tour-vae-done-2 = KL 항을 켜자 code가 prior의 원을 채우고, prior가 데이터로 decode된다. 이제 decoder 하나만으로 생성형 모델이 된다.

tour-forward-title = Forward process와 그 닫힌 형태
tour-forward-body = Diffusion model은 원본 데이터에 서서히 noise를 추가한 과정을 거꾸로 돌리는 법을 학습하는 모델이다. 데이터에 Gaussian noise를 조금씩 더해 가면 결국 분포는 Gaussian distribution이 된다. VAE에서 latent representation이 특정 분포를 따르게끔 유도되는 것과 비슷하다. 이렇게 단계적으로 진행되는 과정을 Markov chain이라고 하며, 단계가 길수록 시간이 오래 걸릴 수밖에 없다. 하지만 forward process는 닫힌 형태가 있어서, 앞의 단계를 모두 거치지 않고도 x_0에서 곧바로 x_t를 계산할 수 있다.
tour-forward-body-2 = t 슬라이더와 ▶는 이 공식으로 데이터에 noise를 입힌다. 점마다 ε는 하나로 고정되어 있다. 스케줄은 단계마다 더하는 noise의 양 β_t를 정하고, 남은 신호의 몫 ᾱ_t가 그 옆에 그려지며, 컨트롤 아래에는 ᾱ_T가 표시된다. 나중에 샘플링은 순수한 N(0, I)에서 시작하므로, ᾱ_T가 0에 가까울 때에만 올바르다.
tour-forward-task-1 = x_T가 noise가 아닌 스케줄을 찾아보자. 단계 수 T나 β_end를 낮춰 ᾱ_T가 0.05를 넘게 한 뒤 t를 끝까지 밀어 보자.
tour-forward-done-1 = t = T에서도 군집이 보인다. x_T에 데이터 크기의 √ᾱ_T만큼이 남아 있기 때문이다. 순수한 N(0, I)에서 출발하는 샘플러는 엉뚱한 분포에서 시작하게 되고, 페이지도 이제 그렇게 경고한다.
tour-forward-task-2 = 스케줄 종류를 cosine으로 바꾸고 ᾱ_t 곡선을 linear일 때와 견주어 보자.
tour-forward-done-2 = cosine 스케줄은 사슬의 대부분에서 신호를 더 천천히 지우다가 끝 무렵에 순수한 noise로 떨어진다.

tour-reverse-title = 역방향 한 단계 학습하기
tour-reverse-body = 이제 거꾸로 random noise에서 원본 데이터까지 가는 과정을 생각해 보자. Forward process를 어떻게 되돌릴 수 있을까? 핵심은 p(xₜ₋₁ | xₜ)를 학습하는 데 있다. 현 상태에서 한 단계씩 이전 상태를 추정하는 것이다. 네트워크는 x_t에 섞여 들어간 noise ε를 예측하는 방식으로 이를 배우고, loss는 그 예측이 실제 ε에서 얼마나 벗어났는지다.
tour-reverse-body-2 = ▶ 학습은 ε 네트워크를 맞춘다. loss가 내려가고, 샘플 품질 패널이 학습하는 동안 샘플 1,000개를 채점한다. 역방향 과정 실행 버튼은 순수한 noise에서 점 2,000개를 출발시켜 학습된 한 단계를 거듭 적용한다. 스크러버로 프레임을 다시 보고, 주황색 선으로 몇몇 점의 궤적을, 초록 화살표로 각 t에서 모델이 점을 미는 방향을 볼 수 있다.
tour-reverse-task-1 = ▶ 학습을 눌러 샘플 품질 패널이 품질 기준을 통과했다고 알려 줄 때까지 학습해 보자.
tour-reverse-done-1 = ε 네트워크가 데이터를 배웠다. 샘플이 각 mode를 실제 비율대로 담고, 95 % 이상이 중심 근처에 있으며, MMD²가 0.01 아래다.
tour-reverse-task-2 = 역방향 과정 실행 버튼을 누르고 noise가 데이터가 되는 것을 지켜보자. 마지막 프레임에서 점들이 군집 위에 놓여야 한다.
tour-reverse-done-2 = noise가 데이터가 되었다. N(0, I)에서 출발한 점들이 작은 denoising 단계를 하나씩 거치며 군집 위로 옮겨졌다.

tour-flow-title = Flow matching: noise 대신 속도
tour-flow-body = Flow matching도 noise에서 데이터로 가지만 Markov chain은 쓰지 않는다. 각 데이터 점 x_0에서 noise 샘플 ε까지 직선을 긋고, 네트워크 v_θ가 그 직선의 속도 ε − x_0를 예측하도록 학습한다. 샘플링은 학습된 속도를 따라 noise에서 데이터로 상미분방정식을 푸는 것이다. 도중에 noise를 더하지 않고, 모델의 정확한 likelihood도 계산할 수 있다.
tour-flow-body-2 = 경로 뷰는 데이터를 직선을 따라 밀어 본다. 그런데 독립적으로 짝지은 직선들은 서로 엇갈리고, 학습된 흐름은 그것들을 평균내야 하므로 휘어진다. 이 프로젝트의 측정에서 그 경로는 직선의 1.23배 길이로, DDPM의 DDIM 경로(1.05배)보다 더 굽었다. noise와 데이터를 최적 수송으로 짝지으면 엇갈림이 풀려 1.002배가 된다.
tour-flow-task-1 = 독립 짝짓기로 ▶ 학습을 눌러 1,000 step을 넘긴 뒤, 경로 길이를 직선 길이로 나눈 값을 읽어 보자.
tour-flow-done-1 = 학습에 쓴 짝은 하나하나가 직선이었는데도 경로는 직선보다 길다. 흐름이 먼저 noise를 데이터의 평균 쪽으로 모은 다음 두 군집으로 나누기 때문이다.
tour-flow-task-2 = 최적 수송 짝짓기로 바꾸고 "이 설정으로 다시 학습"을 누른 뒤 500 step 넘게 학습시켜 경로가 직선과 5 % 이내로 가까워지게 해 보자.
tour-flow-done-2 = 최적 수송으로 짝지으면 직선들이 엇갈리지 않아 흐름이 거의 곧고, Euler 몇 단계면 충분하다. ODE 단계 수를 2로 두고 풀어 보자.

tour-compare-title = 네 모델을 한 화면에
tour-compare-body = 비교 페이지는 DDPM, flow matching, GAN, VAE를 같은 데이터와 같은 seed로, 하나의 시계 위에서 함께 학습시키고 모두 같은 함수로 채점한다. '같은 시간'은 모델마다 같은 실제 시간을, '같은 step 수'는 같은 gradient step 수를 나누어 준다. 이 preset은 두 군집을 멀리 떨어뜨려 놓았다. 어느 모델이 여전히 둘 다 찾아낼까?
tour-compare-body-2 = 표에는 이 둘러보기에서 만난 지표가 모두 있다. mode별 비율, 덮은 mode, 데이터 근처, MMD², 2차원 Fréchet 거리, 격자 JS, log-likelihood, 그리고 품질 기준에 이르기까지 걸린 step과 시간이다. 학습 기록 슬라이더는 네 모델을 같은 학습 시점으로 함께 되돌린다.
tour-compare-task-1 = ▶ 모두 학습을 눌러 '품질 기준까지' 행에 적어도 두 모델의 시간이 찍힐 때까지 학습해 보자.
tour-compare-done-1 = 두 모델이 기준에 이르렀다. 어느 모델이 얼마나 빨랐는지, 어느 모델이 아직 군집 하나를 놓치고 있는지 읽어 보자.
tour-compare-task-2 = 학습 기록 슬라이더를 학습 초반으로 끌어 보자.
tour-compare-done-2 = 지금 보는 것은 과거다. 모든 모델이 그때의 모습 그대로, 같은 noise에서 다시 샘플링되었다. '현재'를 누르면 돌아온다.

tour-digits-title = seed 문서의 첫 그림: 같은 숫자, 세 모델
tour-digits-body = seed 문서는 그림 하나로 시작한다. 같은 클래스를 GAN과 diffusion 모델로 생성하면 diffusion 쪽 샘플이 눈에 띄게 더 다양하다. 여기서는 그 그림을 숫자로 그린다. 같은 실제 손글씨 숫자(MNIST)로 학습한 클래스 조건부 GAN, VAE, diffusion 모델이 고정된 seed로 3을 16개씩 그리고, 그 옆에 평가용으로 떼어 둔 진짜 3이 16개 놓인다. 네 열 모두 분류기 하나가 같은 방식으로 판정한다.
tour-digits-body-2 = 표는 눈으로 본 것을 모델마다 샘플 100개로 잰다. precision은 진짜처럼 보이는 샘플의 비율, recall은 샘플이 진짜 숫자의 다양성을 얼마나 덮는지다(Kynkäänniemi 외, 2019). 이 링크(3, seed 4)에서는 GAN의 recall이 가장 높다(0.83, diffusion 0.75). 그러니 실제 손글씨에서는 여기서 seed 문서의 주장이 맞지 않는다. diffusion 모델의 3은 가장 넓게 퍼져 있지만(1.13) 3으로 읽히는 것은 58 %뿐이다. 다시 그리거나 다른 class를 골라 보자. 표가 어느 쪽인지 말해 준다.
tour-digits-task-1 = '0–9 하나씩'을 골라 보자. 모든 모델이 0부터 9까지 차례로 그린다. '읽힌 class' 행을 보자. 숫자 하나를 통째로 빠뜨린 모델이라면 10보다 적게 나온다.
tour-digits-done-1 = 모델마다 샘플 100개를 분류기가 숫자별로 읽었다. 붕괴한 생성기라면 여기서 클래스가 통째로 빠진다. 클래스 안에서 다양성이 좁은 것은 recall과 퍼짐에서만 드러난다.
tour-digits-task-2 = latent 퍼짐 ψ를 0으로 밀어 보자. 이제 GAN과 VAE는 모든 코드를 Gaussian의 한가운데에서 뽑는다.
tour-digits-done-2 = 똑같은 3이 열여섯 개다. precision은 1에 가깝고 recall은 0에 가까우며, 표는 거의 복사본이라고 알린다. mode collapse가 이렇게 보인다. 다양성 없는 품질이고, 여기서는 샘플링이 만들었다. 페이지 아래쪽의 "여기서 직접 만드는 mode collapse"는 학습으로 만든다: G의 학습률을 D의 20배로 하고 학습을 누르자.
