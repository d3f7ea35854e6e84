// The light build (no Redis clustering) is what both Octokit plugins load; it ships no own types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
