## Flow matching 페이지
