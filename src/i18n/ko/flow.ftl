## Flow matching 페이지
flow-intro-a = Flow matching은 noise 대신{" "}
flow-intro-velocity = 속도(velocity)
flow-intro-b = 를 학습한다. 데이터 점 x_0마다 noise 샘플 ε까지 직선을 하나씩 긋는다. 그 직선 위의 점은{" "}
flow-intro-c = 이고, 네트워크는 이 직선의 속도를 예측하도록 학습한다. loss는{" "}
flow-intro-d = 이다. 샘플링은 학습한 속도를 따라 noise(t = 1)에서 데이터(t = 0)로 거슬러 올라간다. 이 과정은 상미분방정식(ODE)이라 도중에 noise를 전혀 더하지 않는다. 그리고 ODE이기 때문에 모델의 정확한 likelihood도 계산할 수 있다.
flow-straightness = 경로 길이 / 직선 길이 (Euler 50 step)
flow-straightness-hint = 1이면 직선이다. DDPM의 결정론적 DDIM 경로는 DDPM 페이지에서 볼 수 있다
flow-loglik = 학습에 쓰지 않은 데이터의 log-likelihood (정확한 값)
flow-loglik-hint = 높을수록 좋다
flow-loglik-off = “정확한 밀도”를 켜 보자
flow-loglik-value = { $nats } nats (학습 { $step } step)

flow-path-title = 직선 경로 { $path }
flow-path-lede = 회색은 데이터 x_0이다. 파란색은 각 점을 자기 noise ε 쪽으로 직선을 따라 t만큼 옮긴 것이고, 주황색은 그런 직선 몇 개를 통째로 그린 것이다. 모든 직선은 일정한 속도(ε − x_0)로 지나가며, 네트워크가 예측하도록 학습하는 것이 바로 이 속도다. 그런데 직선들은 서로 교차한다. 교차점에서 네트워크는 x_t만 볼 수 있으므로 두 속도의 평균을 학습하게 되고, 그래서 학습된 flow는 그 자리에서 휜다.
flow-path-t = 경로 위의 시간 t

flow-stale = 지금 모델은 다른 설정(짝짓기, 크기, 옵티마이저)으로 학습되었다. 샘플도 이전 설정을 따른다.
flow-model-title = 속도 네트워크 v_θ(x_t, t)
flow-model-lede = [x_t, t의 사인파 임베딩]을 입력으로 받아 속도(ε − x_0)를 예측하는 MLP다. 유닛 { $hidden }개짜리 은닉층 { $layers }개, 파라미터는 { $params }개. 학습 전에는 바꾼 설정이 바로 적용되고, 학습한 뒤에는 다시 학습을 누를 때까지 모델이 그대로 남는다.
flow-pairing = noise와 데이터를 짝짓는 방식
flow-pairs-independent = 독립적인 짝
flow-pairs-ot = 최적 수송 짝
flow-pairs-independent-hint = 데이터 점마다 무작위 ε과 짝을 짓는다. 직선들이 교차하므로 학습된 flow가 휜다.
flow-pairs-ot-hint = batch마다(64개씩 묶어서) 비용이 가장 적은 배정으로 noise와 데이터를 짝짓는다. 그러면 직선이 더 이상 교차하지 않아 flow가 거의 곧게 펴지고, Euler step 몇 번이면 충분하다. 대신 학습 step 하나의 비용이 조금 늘어난다.
flow-lr = 학습률 (log₁₀)
flow-lr-hint = Adam의 step 크기
flow-batch = batch 크기
flow-width = 너비
flow-depth = 은닉층 수

flow-solve-title = 샘플링: t = 1에서 0까지 dx/dt = v_θ(x, t) 풀기
flow-solve-lede = noise x_1 ~ N(0, I)에서 뽑은 점 2,000개로 출발해, 학습한 속도를 따라 시간을 거슬러 간다. 주황색 선은 몇몇 점의 궤적이고, 초록색 화살표는 −v̂, 즉 현재 t에서 flow가 점을 옮기는 방향이다. DDPM의 역방향 단계와 달리 noise를 더하지 않는다. 경로는 결정론적인 ODE를 따른다.
flow-solver-euler = Euler (step당 네트워크 1회 호출)
flow-solver-heun = Heun (step당 네트워크 2회 호출)
flow-ode-steps = ODE step 수
flow-ode-steps-hint = 최적 수송 짝으로 1, 2, 5를 시도해 보자
flow-solving = 푸는 중…
flow-solve = ODE 풀기
flow-showing-x0 = x̂_0 표시 중
flow-showing-xt = x_t 표시 중
flow-trails = 궤적
flow-field = 속도장
flow-density = 정확한 밀도
flow-canvas-empty = 조금 학습한 뒤 ODE를 풀어 보자
flow-label-samples = 샘플 x_0
flow-label-x0 = t = { $t }에서의 x̂_0 = x_t − t·v̂
flow-label-xt = t = { $t }의 x_t
flow-label-frame = { $what }   (프레임 { $frame }/{ $frames })
flow-sampling-step = 샘플링 step
flow-no-solve = 아직 풀기 전
flow-solve-info = 점 { $n }개, 프레임 { $frames }개. 학습 { $step } step 시점의 모델을 { $solver }({ $steps } step)로 풀었고 { $seconds }초 걸렸다. 경로 길이는 직선의 { $ratio }배다 (1이면 직선).
flow-density-info = 파란색은 모델의 log 밀도 log p_θ(x)이다. ODE를 따라 변수 변환 공식(log p_0(x) = log N(x_1; 0, I) + ∫ ∇·v_θ dt)으로 정확하게 계산했고, 최댓값부터 8 nats 아래까지를 음영으로 칠했다. 학습 { $step } step 시점의 값이다.
flow-density-computing = 밀도를 계산하는 중…
flow-alt-path = t = { $t }의 x_t
