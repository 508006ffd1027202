import { render } from 'preact';

render(<p id="floor-text">Paperboy bench floor</p>, document.getElementById('app')!);
