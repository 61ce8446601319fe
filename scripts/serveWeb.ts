// `npm run web`: serves the built renderer on http://127.0.0.1:4173/ for use in a browser.
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './staticServer';

const port = Number(process.env.PORT ?? 4173);
const root = fileURLToPath(new URL('../out/renderer', import.meta.url));
const { url } = await startStaticServer({ root, port });
console.log(`规划评估工作台（网页模式）已启动：${url}`);
console.log('数据保存在该浏览器的本地存储（IndexedDB）中。按 Ctrl+C 停止。');
