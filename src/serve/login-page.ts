/** The access-code form shown off the loopback interface until the right code is given. */
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function loginPage(error?: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>输入访问码 · 通报生成</title><link rel="stylesheet" href="/style.css"></head>
<body><main class="login">
<h1>通报生成</h1>
<p>这台电脑上的通报生成页面需要访问码。访问码在启动 <code>tongbao serve</code> 的窗口里显示。</p>
<form method="post" action="/login">
<label for="code">访问码</label>
<input id="code" name="code" autocomplete="off" required autofocus>
<button type="submit" class="button">进入</button>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ""}
</form>
</main></body>
</html>
`;
}
