import { launchSpeedBrowser, PAPERBOY_DIR, FLOOR_DIR, median } from './popup-speed';
const b = await launchSpeedBrowser('https://arxiv.org/abs/2106.09685v2');
const a: any[] = [], f: any[] = [];
for (let i = 0; i < 12; i++) { f.push(await b.open(FLOOR_DIR)); a.push(await b.open(PAPERBOY_DIR)); }
console.log('floor', median(f.map(x=>x.inDom)), median(f.map(x=>x.onScreen)));
console.log('paperboy', median(a.map(x=>x.inDom)), median(a.map(x=>x.onScreen)));
console.log(JSON.stringify(a.slice(0,3)), JSON.stringify(f.slice(0,3)));
await b.close();
