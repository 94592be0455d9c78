## Shared controls: data page, training controls, history bar, quality panel
